/**
 * THE contract between the renderer and main: every call, declared once, with the schema of its input
 * and the type of its answer. The Electron preload exposes exactly these names, the browser-mode host
 * serves exactly these names over HTTP, and the handler table must implement every one of them.
 *
 * Each area declares its channels in its own file (…Channels.ts); this file puts them together. A new
 * area adds its file and one line below.
 */
import type { z } from 'zod';
import { appChannels } from './appChannels';
import { attendanceChannels } from './attendanceChannels';
import { checklistChannels } from './checklistChannels';
import { contentsChannels } from './contentsChannels';
import { compileChannels } from './compileChannels';
import { importChannels } from './importChannels';
import { archiveChannels } from './archiveChannels';
import { issueChannels } from './issueChannels';
import { pictureChannels } from './pictureChannels';
import { printingChannels } from './printingChannels';
import { proofreadChannels } from './proofreadChannels';
import { rosterChannels } from './rosterChannels';
import { issueStatusChannels } from './issueStatusChannels';
import { seriesChannels } from './seriesChannels';
import { seriesSettingsChannels } from './seriesSettingsChannels';
import { startChannels } from './startChannels';
import { statisticsChannels } from './statisticsChannels';
import { templateChannels } from './templateChannels';

export * from './appChannels';
export * from './attendanceChannels';
export * from './checklistChannels';
export * from './contentsChannels';
export * from './compileChannels';
export * from './importChannels';
export * from './archiveChannels';
export * from './issueChannels';
export * from './pictureChannels';
export * from './printingChannels';
export * from './proofreadChannels';
export * from './rosterChannels';
export * from './issueStatusChannels';
export * from './seriesChannels';
export * from './seriesSettingsChannels';
export * from './startChannels';
export * from './statisticsChannels';
export * from './templateChannels';

export const contract = {
  ...appChannels,
  ...seriesChannels,
  ...issueChannels,
  ...printingChannels,
  ...pictureChannels,
  ...importChannels,
  ...rosterChannels,
  ...attendanceChannels,
  ...archiveChannels,
  ...seriesSettingsChannels,
  ...templateChannels,
  ...statisticsChannels,
  ...issueStatusChannels,
  ...checklistChannels,
  ...startChannels,
  ...proofreadChannels,
  ...contentsChannels,
  ...compileChannels,
} as const;

export type Contract = typeof contract;
export type ChannelName = keyof Contract;
export const CHANNEL_NAMES = Object.keys(contract) as ChannelName[];

export type ChannelInput<K extends ChannelName> = z.input<Contract[K]['input']>;
export type ParsedInput<K extends ChannelName> = z.output<Contract[K]['input']>;
export type ChannelOutput<K extends ChannelName> = NonNullable<Contract[K]['output']>;

export function isChannelName(name: string): name is ChannelName {
  return Object.prototype.hasOwnProperty.call(contract, name);
}
