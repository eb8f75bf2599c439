/** What the importer reads off a past issue's text: the masthead, the body and the 报尾. */
import type { BriefDocument, NumberLevel } from '../document/types';
import type { ClosingLabel, PrintableClosing } from '../layout/issueView';
import type { ImportedFigure } from './statistics';

/** A numbered heading of the body and the headings under it; `title` is without its number. */
export interface DetectedSection {
  title: string;
  level: NumberLevel;
  children: DetectedSection[];
}

export type Distribution = Record<ClosingLabel, string | null>;

/** The structure as `cli import --json` prints it (and the preview shows it). */
export interface ImportSummary {
  seriesTitle: string;
  year: number | null;
  number: number | null;
  totalNumber: number | null;
  issuer: string | null;
  issueDate: string | null;
  period: [string, string] | null;
  sections: DetectedSection[];
  distribution: Distribution;
  copies: number | null;
  warnings: string[];
}

/** A picture's bytes as the preview hands them to the save (base64, as the contract carries files). */
export interface ImportedPicture {
  pictureId: string;
  base64: string;
}

/** Everything detected, including what is saved but not summarised: the body blocks and the part title. */
export interface DetectedIssue extends ImportSummary {
  /** False when the masthead title was lost and `seriesTitle` is the default series. */
  seriesTitleFound: boolean;
  partTitle: string | null;
  document: BriefDocument;
  closing: PrintableClosing | null;
  /** Figures of the statistics blocks found in the body (empty until matched against a series' groups). */
  figures: ImportedFigure[];
  /** The bytes of the body's picture blocks (filled by the reader's host, which has them; detection has not). */
  pictures?: ImportedPicture[];
}

export interface DetectOptions {
  /** The series used when the masthead title is lost (default 窗口工作周报). */
  defaultSeriesTitle?: string;
  /** Titles of the series the clerk keeps: a masthead line equal to one of them is the title. */
  knownSeriesTitles?: readonly string[];
  /** Titles of the series kept monthly (每月): without a period line their issues cover a month. */
  monthlySeriesTitles?: readonly string[];
}

export const DEFAULT_SERIES_TITLE = '窗口工作周报';
