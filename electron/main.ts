/**
 * The Electron main process: app lifecycle only. Security, protocol, IPC, window and menu live in
 * electron/shell/*; everything the app does lives in electron/services/* behind `dispatch`.
 * Bundled by scripts/build.mjs into out/electron/main.cjs, next to preload.cjs; the renderer is in
 * out/renderer.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, session } from 'electron';
import type { ArchiveRuntime } from './services/archive/runtime';
import { openArchive, resolveDamagedStart, scheduleDailyBackups } from './services/archive/startup';
import { surfacePdfRenderer } from './services/export/pdfRenderer';
import { bundledFontsStatus, missingFontsNotice } from './services/fonts/bundledFonts';
import { createHandlers } from './services/handlers/index';
import { createHeavyPool, type HeavyPool } from './services/heavy/pool';
import { APP_FOLDER_NAME, defaultDatabasePath, ensureParentFolder, userDataFolder } from './services/paths';
import { APP_FONT_BASE_URL, bundledFontsDir } from './shell/bundledFonts';
import { openDatabaseOrExplain } from './shell/database';
import { registerIpc } from './shell/ipc';
import { aboutPanelOptions, buildMenuTemplate } from './shell/menu';
import { PrintDocuments } from './shell/printDocuments';
import { openHiddenWindowSurface } from './shell/printSurface';
import { registerAppProtocol, registerPrivilegedScheme } from './shell/protocol';
import { installAppSecurity, installSessionSecurity } from './shell/security';
import { createMainWindow } from './shell/window';

const RENDERER_DIR = path.join(__dirname, '..', 'renderer');
const PRELOAD_PATH = path.join(__dirname, 'preload.cjs');
/**
 * The heavy-work worker, bundled beside main.cjs (scripts/build.mjs). Imports, DOCX and index rebuilds
 * run there, so the window never freezes. Run from source (the tests) there is none: they run here.
 */
const HEAVY_WORKER = path.join(__dirname, 'heavyWorker.cjs');

// The name (and so userData) must match services/paths.ts, which the CLI and browser mode use too.
app.setName(APP_FOLDER_NAME);
app.setPath('userData', userDataFolder());

// Both must happen before 'ready'.
installAppSecurity(app);
registerPrivilegedScheme(protocol);

let mainWindow: BrowserWindow | null = null;
let database: ArchiveRuntime | null = null;
let stopBackups: (() => void) | null = null;
let heavy: HeavyPool | null = null;

async function start(): Promise<void> {
  installSessionSecurity(session.defaultSession);

  const databasePath = defaultDatabasePath();
  database = openDatabaseOrExplain(
    databasePath,
    (file) => {
      ensureParentFolder(file);
      return openArchive(file);
    },
    dialog,
  );
  if (database === null) {
    app.quit();
    return;
  }
  // A damaged database (integrity check at start): offer the newest good backup, never overwrite silently.
  const usable = await resolveDamagedStart(database, {
    confirmRestore: (message) =>
      dialog.showMessageBoxSync({
        type: 'warning',
        title: '数据库已损坏',
        message: '简报台的数据库已损坏',
        detail: message,
        buttons: ['从备份恢复', '退出'],
        defaultId: 0,
        cancelId: 1,
        noLink: true,
      }) === 0,
    explain: (message) => dialog.showErrorBox('数据库已损坏', message),
  });
  if (!usable) {
    database.close();
    database = null;
    app.quit();
    return;
  }
  stopBackups = scheduleDailyBackups(database);

  const version = app.getVersion();
  // Print documents live in memory while a hidden print window shows them (shell/printSurface.ts).
  const printDocuments = new PrintDocuments();
  const fontsDir = bundledFontsDir({ isPackaged: app.isPackaged, resourcesPath: process.resourcesPath, mainDir: __dirname });
  const fontsNotice = missingFontsNotice(bundledFontsStatus(fontsDir));
  if (fontsNotice) console.warn(fontsNotice);
  heavy = existsSync(HEAVY_WORKER) ? createHeavyPool({ workerFile: HEAVY_WORKER, warm: true }) : null;
  const handlers = createHandlers(database.db, {
    ...(heavy ? { heavy } : {}),
    host: 'electron',
    databasePath,
    version,
    fontBaseUrl: APP_FONT_BASE_URL,
    fontsDir,
    pdf: surfacePdfRenderer(APP_FONT_BASE_URL, () => openHiddenWindowSurface({ BrowserWindow, documents: printDocuments }), fontsDir),
  });
  registerAppProtocol(protocol, { rendererDir: RENDERER_DIR, fontsDir, printDocuments });
  registerIpc(ipcMain, handlers, () => mainWindow);

  app.setAboutPanelOptions(aboutPanelOptions(version));
  Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate({ isPackaged: app.isPackaged })));

  mainWindow = createMainWindow({ BrowserWindow, preloadPath: PRELOAD_PATH, isPackaged: app.isPackaged });
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
}

function focusMainWindow(): void {
  if (mainWindow === null) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.focus();
}

// One process per database: a second launch only brings the first window forward.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', focusMainWindow);
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => {
    stopBackups?.();
    void heavy?.close();
    heavy = null;
    database?.close();
    database = null;
  });
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      console.error('[briefdesk] start-up failed', error);
      app.quit();
    });
}
