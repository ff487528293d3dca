import { SERVICE_IDS, serviceName } from '../catalogue/services';

/** An <option> for every service, by the name patients know it by (for service selects). */
export function ServiceOptions() {
  return (
    <>
      {SERVICE_IDS.map((id) => (
        <option key={id} value={id}>
          {serviceName(id)}
        </option>
      ))}
    </>
  );
}
