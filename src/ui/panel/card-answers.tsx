/** A card's benefits and answers to common questions: loaded only when someone opens its Details. */
import type { PromptCard } from '../../catalogue/prompts';
import { BENEFITS } from '../../catalogue/benefits';
import { QUESTIONS } from '../../catalogue/questions';

export function CardAnswers({ card }: { card: PromptCard }) {
  const benefits = card.benefits.map((id) => BENEFITS[id]);
  const questions = card.questions.map((id) => QUESTIONS[id]);
  return (
    <>
      {benefits.length ? (
        <>
          <h4 class="details-heading">Benefits for this patient</h4>
          <ul>
            {benefits.map((b) => (
              <li key={b.id}>
                <strong>{b.label}.</strong> {b.say}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {questions.length ? (
        <>
          <h4 class="details-heading">Common questions</h4>
          <dl class="questions">
            {questions.map((q) => (
              <div key={q.id}>
                <dt>{q.question}</dt>
                <dd>{q.answer}</dd>
              </div>
            ))}
          </dl>
        </>
      ) : null}
    </>
  );
}
