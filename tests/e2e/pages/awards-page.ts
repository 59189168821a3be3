import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import type { Download, Locator, Page } from 'playwright-core';
import type { DecisionView, UpdateDecisionBody } from '../../../src/shared/api/award-decisions.ts';
import { accessibilityViolations } from './browser.page.ts';

/** The conference's "Khen thưởng" tab: proposals, the council's vote, decisions and their files. */
export class AwardsPage {
  readonly page: Page;
  readonly tab: Locator;
  readonly proposals: Locator;
  readonly decisions: Locator;
  readonly proposalForm: Locator;
  readonly council: Locator;

  constructor(page: Page) {
    this.page = page;
    this.tab = page.getByRole('tab', { name: 'Khen thưởng' });
    this.proposals = page.getByRole('table', { name: 'Đề nghị khen thưởng' });
    this.decisions = page.getByRole('table', { name: 'Quyết định khen thưởng' });
    this.proposalForm = page.getByRole('dialog', { name: 'Lập đề nghị khen thưởng' });
    this.council = page.getByRole('dialog', { name: 'Ghi kết quả họp Hội đồng Thi đua - Khen thưởng' });
  }

  async goto(baseUrl: string, conferenceId: string): Promise<void> {
    await this.page.goto(`${baseUrl}/conferences/${conferenceId}?tab=awards`);
    await this.page.getByRole('heading', { name: 'Quyết định khen thưởng' }).waitFor();
  }

  /** The panel of an open proposal or decision (a dialog named by its title). */
  drawer(title: string | RegExp): Locator {
    return this.page.getByRole('dialog', { name: title });
  }

  /** Opens a decision from the list by the start of its title ("Quyết định số 125/QĐ-UBND"). */
  async openDecision(title: string | RegExp): Promise<Locator> {
    const name = typeof title === 'string' ? new RegExp(`^Mở ${escapeRegExp(title)}`) : title;
    await this.page.getByRole('button', { name }).first().click();
    const drawer = this.page.getByRole('dialog', { name: /^(Quyết định số|Dự thảo quyết định)/ });
    await drawer.getByRole('status', { name: 'Tổng tiền thưởng' }).waitFor();
    return drawer;
  }

  /** The attached list of an open decision. */
  decisionList(drawer: Locator): Locator {
    return drawer.getByRole('table', { name: 'Danh sách tập thể, cá nhân được khen thưởng' });
  }

  /** "Tổng cộng: … đ" and "Bằng chữ: …" of an open decision. */
  async total(drawer: Locator): Promise<{ figures: string; words: string }> {
    const box = drawer.getByRole('status', { name: 'Tổng tiền thưởng' });
    const [figures, words] = await box.locator('p').allTextContents();
    return { figures: figures.replace(/^Tổng cộng: /, ''), words: words.replace(/^Bằng chữ: /, '') };
  }

  /** Picks a title or form in the proposal form by typing part of its name without diacritics. */
  async chooseForm(typed: string, name: string): Promise<void> {
    const box = this.proposalForm.getByRole('combobox', { name: 'Danh hiệu, hình thức khen thưởng' });
    await box.fill(typed);
    await this.page
      .getByRole('option', { name: new RegExp(`^${escapeRegExp(name)}`) })
      .first()
      .click();
  }

  /** The checkboxes of the people shown in the proposal form's list. */
  pickable(): Locator {
    return this.proposalForm.getByRole('list', { name: 'Danh sách để chọn' }).getByRole('checkbox');
  }

  /** Clicks a download button and returns the file's bytes. */
  async download(button: Locator): Promise<Buffer> {
    const [download] = await Promise.all([
      this.page.waitForEvent('download', { timeout: 60_000 }),
      button.click(),
    ]);
    return readDownload(download);
  }
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export async function readDownload(download: Download): Promise<Buffer> {
  const stream = await download.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks);
}

/** Pages of a PDF, counted from its page objects (pdfmake writes one /Type /Page per page). */
export function pdfPageCount(bytes: Buffer): number {
  return (bytes.toString('latin1').match(/\/Type\s*\/Page\b/g) ?? []).length;
}

export async function assertAccessible(page: Page, screen: string): Promise<void> {
  // Colours are only checked once dialogs have finished fading in.
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
  const violations = await accessibilityViolations(page);
  assert.deepEqual(violations, [], `${screen}: accessibility problems\n${violations.join('\n')}`);
}

/** Screenshots for looking at each screen, when E2E_SCREENSHOTS names a folder. */
export async function shot(page: Page, name: string): Promise<void> {
  const dir = process.env.E2E_SCREENSHOTS;
  if (!dir) return;
  fs.mkdirSync(dir, { recursive: true });
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
  await page.screenshot({ path: path.join(dir, `awards-${name}.png`) });
}

/** The body of PUT /api/award-decisions/:id that saves a decision as it is (another user's save). */
export function decisionBody(d: DecisionView): UpdateDecisionBody {
  return {
    version: d.version,
    decisionNumber: d.number,
    symbol: d.symbol,
    decisionDate: d.date,
    signingPrefix: d.signingPrefix,
    signerTitle: d.signerTitle,
    signerName: d.signerName,
    bases: d.bases,
    fundSource: d.fundSource,
    executors: d.executors,
    items: d.items.map((i) => ({ id: i.id, achievement: i.achievement })),
  };
}
