import type { Locator, Page } from 'playwright-core';

/** The organiser's dialogs: "Trả lại" with its reason, and the council's vote. */
export class NominationReview {
  readonly page: Page;

  constructor(page: Page) {
    this.page = page;
  }

  dialog(title: RegExp): Locator {
    return this.page.getByRole('dialog', { name: title });
  }

  /** Fills the required reason and confirms; waits for the dialog to close. */
  async giveReturnReason(reason: string): Promise<void> {
    const dialog = this.dialog(/^Trả lại hồ sơ:/);
    await dialog.getByRole('textbox', { name: 'Lý do trả lại' }).fill(reason);
    await dialog.getByRole('button', { name: 'Trả lại' }).click();
    await dialog.waitFor({ state: 'hidden' });
  }

  /** Types the council's numbers; returns the computed share line ("7/9 – 77,8%"). */
  async fillCouncilVote(v: {
    date: string;
    members: number;
    present: number;
    inFavour: number;
  }): Promise<string> {
    const dialog = this.dialog(/^Kết quả Hội đồng Thi đua - Khen thưởng:/);
    await dialog.getByRole('textbox', { name: 'Ngày họp' }).fill(v.date);
    await dialog.getByRole('textbox', { name: 'Tổng số thành viên' }).fill(String(v.members));
    await dialog.getByRole('textbox', { name: 'Số có mặt' }).fill(String(v.present));
    await dialog.getByRole('textbox', { name: 'Số đồng ý' }).fill(String(v.inFavour));
    return (await dialog.getByRole('status').textContent()) ?? '';
  }

  async councilDecides(button: 'Hội đồng thông qua' | 'Không thông qua'): Promise<void> {
    const dialog = this.dialog(/^Kết quả Hội đồng Thi đua - Khen thưởng:/);
    await dialog.getByRole('button', { name: button }).click();
    await dialog.waitFor({ state: 'hidden' });
  }
}
