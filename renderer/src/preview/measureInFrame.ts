/**
 * The measuring step of the print HTML in the app's own window: the flow document goes into a
 * hidden iframe as wide as the printed page, and the shared measuring function reads its lines once
 * the fonts are in. The frame is removed afterwards; nothing of it is ever visible.
 */
import type { FlowMeasurementInput } from '../../../shared/contract/channels';
import { measureFlow } from '../../../shared/layout/measureFlow';
import { loadHtmlInFrame, PRINT_FRAME_SANDBOX } from './frameLoad';

export async function measureInFrame(flowHtml: string, pageWidthMm = 210, doc: Document = document): Promise<FlowMeasurementInput> {
  const frame = doc.createElement('iframe');
  frame.setAttribute('sandbox', PRINT_FRAME_SANDBOX);
  frame.setAttribute('aria-hidden', 'true');
  frame.tabIndex = -1;
  frame.title = '排版测量';
  // Laid out (visibility keeps boxes, display:none would not) but off screen and out of the way.
  Object.assign(frame.style, {
    position: 'fixed',
    left: '-10000px',
    top: '0',
    width: `${pageWidthMm}mm`,
    height: '297mm',
    border: '0',
    visibility: 'hidden',
    pointerEvents: 'none',
  });
  try {
    const flow = await loadHtmlInFrame(frame, flowHtml, doc.body);
    return measureFlow(flow);
  } finally {
    frame.remove();
  }
}
