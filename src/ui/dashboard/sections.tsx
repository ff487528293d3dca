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
  { id: 'trends', title: 'Trends', component: TrendsSection },
  { id: 'campaigns', title: 'Campaigns', component: CampaignsSection },
  { id: 'templates', title: 'Templates', component: TemplatesSection },
  { id: 'data', title: 'Data', component: DataSection },
  { id: 'settings', title: 'Settings', component: Settings },
];
