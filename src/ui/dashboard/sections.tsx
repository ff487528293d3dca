/**
 * The dashboard's sections, in the order of its navigation. Each section is one component in its
 * own file; add a section by adding a line here.
 */
import type { ComponentType } from 'preact';
import type { LogDatabase } from '../../log/db';
import { Overview } from './Overview';
import { Settings } from './Settings';
import { DataSection } from './DataSection';
import { TemplatesSection } from './TemplatesSection';
import { PromotionSection } from './PromotionSection';
import { ChecklistSection } from './ChecklistSection';
import { TrainingSection } from './TrainingSection';
import { PracticeSetup } from './PracticeSetup';
import { ContentReview } from './ContentReview';
import { TrendsSection } from './TrendsSection';
import { CampaignsSection } from './CampaignsSection';

export interface SectionProps {
  db: LogDatabase;
}

export interface Section {
  /** The URL hash that shows it: dashboard.html#id */
  id: string;
  title: string;
  component: ComponentType<SectionProps>;
}

export const SECTIONS: Section[] = [
  { id: 'overview', title: 'Overview', component: Overview },
  // Issue 11: the panel links to dashboard.html#setup when a text needs a detail not set up yet.
  { id: 'setup', title: 'Set up', component: PracticeSetup },
  { id: 'trends', title: 'Trends', component: TrendsSection },
  { id: 'campaigns', title: 'Campaigns', component: CampaignsSection },
  { id: 'templates', title: 'Templates', component: TemplatesSection },
  { id: 'content', title: 'Content review', component: ContentReview },
  { id: 'data', title: 'Data', component: DataSection },
  { id: 'settings', title: 'Settings', component: Settings },
  { id: 'promotion', title: 'Promotion kit', component: PromotionSection },
  { id: 'checklist', title: 'Pathway checklist', component: ChecklistSection },
  { id: 'training', title: 'Staff training', component: TrainingSection },
];
