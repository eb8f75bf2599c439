/**
 * What the preview and the exports need of the browser they run in: measuring a flow document,
 * printing, saving a file and looking at the installed fonts. The app uses the real ones; component
 * tests (jsdom lays nothing out and prints nothing) provide their own through the context.
 */
import { createContext, useContext, type ReactNode } from 'react';
import type { FlowMeasurementInput } from '../../../shared/contract/channels';
import { saveBlob } from '../export/download';
import { printInFrame } from '../export/printFrame';
import { canvasContext, detectOfficialFaces, type FaceStatus } from '../settings/fontDetection';
import { measureInFrame } from './measureInFrame';

export interface PrintEnvironment {
  /** Lines of every flow item of a flow document (export.printHtml without a measurement). */
  measure(flowHtml: string): Promise<FlowMeasurement>;
  /** Opens the print dialog for a paginated print document. */
  print(pagedHtml: string): Promise<void>;
  /** Offers `blob` as a file named `fileName`. */
  save(fileName: string, blob: Blob): void;
  /** The official faces, installed or not; null where the browser cannot tell. */
  detectFonts(): FaceStatus[] | null;
}

export type FlowMeasurement = FlowMeasurementInput;

let detected: FaceStatus[] | null | undefined;

/** Detection draws text a few dozen times: once per window is enough (fonts are installed rarely). */
function detectOnce(): FaceStatus[] | null {
  if (detected === undefined) {
    const ctx = canvasContext();
    detected = ctx ? detectOfficialFaces(ctx) : null;
  }
  return detected;
}

export const browserEnvironment: PrintEnvironment = {
  measure: (html) => measureInFrame(html),
  print: (html) => printInFrame(html),
  save: (fileName, blob) => saveBlob(fileName, blob),
  detectFonts: detectOnce,
};

const EnvironmentContext = createContext<PrintEnvironment>(browserEnvironment);

export function PrintEnvironmentProvider({ value, children }: { value: PrintEnvironment; children: ReactNode }) {
  return <EnvironmentContext.Provider value={value}>{children}</EnvironmentContext.Provider>;
}

export function usePrintEnvironment(): PrintEnvironment {
  return useContext(EnvironmentContext);
}
