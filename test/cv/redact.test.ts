// Specification of redaction: contact details never leave the machine, the rest of the CV stays intact.
import { describe, expect, it } from 'vitest';
import { redactPersonalData } from '../../src/cv/redact.js';

describe('cv redaction', () => {
  it('replaces e-mail addresses', () => {
    expect(redactPersonalData('Mail: jane.doe+cv@example.co.uk, posquit0.bj@gmail.com')).toBe(
      'Mail: [email], [email]',
    );
  });

  it.each([
    ['010-1234-5678'],
    ['01012345678'],
    ['010 1234 5678'],
    ['02-123-4567'],
    ['031.123.4567'],
    ['+82 10-1234-5678'],
    ['+82-10-1234-5678'],
    ['(+82) 10-9030-1843'],
    ['+1-123-456-7890'],
    ['+1 (415) 555-0132'],
    ['(415) 555-0132'],
    ['607.379.5733'],
    ['+44 20 7946 0958'],
    ['0541 999 99 99'],
  ])('replaces the phone number %s', (phone) => {
    expect(redactPersonalData(`전화: ${phone} / call me`)).toBe('전화: [phone] / call me');
  });

  it('keeps years, date ranges, percentages and other numbers', () => {
    const text =
      '2019 - 2023, 2020.03 – 2021.02, Aug 2012 – Dec 2013, p99 from 900 ms to 120 ms, 3.6 million users, GPA 4.00';
    expect(redactPersonalData(text)).toBe(text);
  });

  it.each([
    ['서울특별시 강남구 테헤란로 123, 4층'],
    ['경기도 성남시 분당구 판교역로 235'],
    ['서울시 마포구 양화로 45길 12-3 (서교동)'],
    ['부산광역시 해운대구 우동 1234-5'],
    ['221 Baker Street, London'],
    ['1600 Amphitheatre Parkway, Mountain View, CA 94043'],
    ['42 Wallaby Way, Apt 3B, Sydney'],
  ])('replaces the street address %s', (address) => {
    expect(redactPersonalData(`주소: ${address}`)).toBe('주소: [address]');
  });

  it('keeps a city or district without a street, which identifies nobody', () => {
    expect(redactPersonalData('Mapo-gu, Seoul / 서울 강남구 거주')).toBe('Mapo-gu, Seoul / 서울 강남구 거주');
  });

  it('redacts a full Korean contact block', () => {
    const text = '김하늘 | haneul@example.kr | 010-1234-5678 | 서울특별시 강남구 테헤란로 123';
    expect(redactPersonalData(text)).toBe('김하늘 | [email] | [phone] | [address]');
  });
});
