import { describe, expect, it } from 'vitest';
import { areaAddress, parseAreas } from '../../../src/core/cells/address';

describe('references as Excel writes them', () => {
  it('give their areas, with or without a sheet and $, a whole row or column reaching the sheet’s edge', () => {
    expect(parseAreas("'O16'!$A$1:$L$50,'O16'!$A$60:$L$70")).toEqual([
      { top: 1, left: 1, bottom: 50, right: 12 },
      { top: 60, left: 1, bottom: 70, right: 12 },
    ]);
    expect(parseAreas('Sheet1!B2, Sheet1!C3:D4')).toEqual([
      { top: 2, left: 2, bottom: 2, right: 2 },
      { top: 3, left: 3, bottom: 4, right: 4 },
    ]);
    expect(parseAreas('$3:$40')).toEqual([{ top: 3, left: 1, bottom: 40, right: 16_384 }]);
    expect(parseAreas('O16!$A:$L')).toEqual([{ top: 1, left: 1, bottom: 1_048_576, right: 12 }]);
  });

  it('read a quoted sheet name holding a comma as one name, and pass over what is no reference', () => {
    expect(parseAreas("'ผล, 2567'!$A$1:$B$2")).toEqual([{ top: 1, left: 1, bottom: 2, right: 2 }]);
    expect(parseAreas('#REF!')).toEqual([]);
    expect(parseAreas('')).toEqual([]);
  });
});

describe('areas written back', () => {
  it('read as they were written, whole rows and columns included', () => {
    for (const ref of ['A1', 'A1:L50', '3:3', '3:40', 'A:B', 'XFD1048576'])
      expect(parseAreas(ref).map(areaAddress)).toEqual([ref]);
  });
});
