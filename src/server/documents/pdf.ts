import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { AppError } from '../../shared/errors.ts';

const run = promisify(execFile);

/** LibreOffice's command on this machine, if it is installed. */
export function findLibreOffice(): string | null {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    for (const name of ['soffice', 'libreoffice']) {
      const candidate = path.join(dir, name);
      if (fs.existsSync(candidate)) return candidate;
    }
  }
  return null;
}

/** DOCX → PDF through LibreOffice headless; a clear Vietnamese message when it is missing. */
export async function docxToPdf(docx: Buffer): Promise<Buffer> {
  const soffice = findLibreOffice();
  if (!soffice) {
    throw new AppError('FEATURE_UNAVAILABLE', {
      detail:
        'Máy chủ chưa cài LibreOffice nên chưa xuất được PDF. Hãy tải bản DOCX, hoặc nhờ quản trị cài gói libreoffice-writer.',
    });
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'canbang-pdf-'));
  try {
    const input = path.join(dir, 'document.docx');
    fs.writeFileSync(input, docx);
    // A private profile: concurrent conversions must not share LibreOffice's user folder.
    await run(
      soffice,
      [
        `-env:UserInstallation=file://${dir}/profile`,
        '--headless',
        '--convert-to',
        'pdf',
        '--outdir',
        dir,
        input,
      ],
      { timeout: 120_000 },
    );
    return fs.readFileSync(path.join(dir, 'document.pdf'));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
