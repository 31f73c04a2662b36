import { afterEach, describe, expect, it } from 'vitest';
import { docxToPdf, findLibreOffice } from './pdf.ts';

describe('PDF through LibreOffice', () => {
  const path = process.env.PATH;
  afterEach(() => {
    process.env.PATH = path;
  });

  it('says in Vietnamese what to do when LibreOffice is not installed', async () => {
    process.env.PATH = '/nonexistent';
    expect(findLibreOffice()).toBeNull();
    await expect(docxToPdf(Buffer.from('PK'))).rejects.toMatchObject({
      code: 'FEATURE_UNAVAILABLE',
      message: expect.stringContaining('chưa cài LibreOffice'),
    });
  });
});
