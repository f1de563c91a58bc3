// English's indefinite article before a word, chosen by how the word is spoken, not spelled:
// "an axial series", "a 3D series", "an MR sequence", "a FLAIR series". The catalogue makes an
// `a`/`an` its templates write before a parameter agree with the parameter's text this way.

/**
 * Capitals of the vocabulary read as a word, not letter by letter, where that changes the article
 * ("a FLAIR", not "an F-L-A-I-R"; `PET`, `DICOM` start with a consonant either way). Every other
 * run of capitals (`MR`, `CT`, `DWI`, `ADC`, `T2`, `XR`, `SWI`) is spelled out, so its first
 * letter's name decides: "an MR", "a CT", "an SWI".
 */
const READ_AS_WORDS = new Set(['FLAIR']);

/** Letters whose names start with a vowel sound: "an F", "an H", "an L", "an M", "an S", "an X". */
const VOWEL_NAMED_LETTERS = /^[AEFHILMNORSX]/;

/** Words spelled with a vowel that start with a consonant sound (/j/, /w/): "a unit", "a one-off". */
const CONSONANT_SOUNDING = /^(uni|use|usu|uti|ure|eu|ewe|one\b|once)/;

/** Words spelled with a consonant that start with a vowel sound (a silent h): "an hour". */
const VOWEL_SOUNDING = /^(hour|honest|honou?r|heir)/;

/** `an` when `text` starts with a vowel sound, else `a`. Leading quotes and brackets are skipped. */
export function indefiniteArticle(text: string): 'a' | 'an' {
  const word = /[A-Za-z0-9][A-Za-z0-9*]*/.exec(text)?.[0] ?? '';
  if (/^\d/.test(word)) return numberArticle(word);
  if (/^[A-Z](?:[A-Z0-9]|$)/.test(word) && !READ_AS_WORDS.has(word)) {
    return VOWEL_NAMED_LETTERS.test(word) ? 'an' : 'a';
  }
  const lower = word.toLowerCase();
  if (VOWEL_SOUNDING.test(lower)) return 'an';
  if (CONSONANT_SOUNDING.test(lower)) return 'a';
  return /^[aeiou]/.test(lower) ? 'an' : 'a';
}

/**
 * A number as it is read, from its first digits (`1.5T` is read from `1`, `11,000` from `11`): "an
 * 8", "an 80", "an 11", "an 18", "an 18000", but "a 1.5T", "a 3D", "a 110", "a 12".
 */
function numberArticle(word: string): 'a' | 'an' {
  const digits = /^\d+/.exec(word)![0];
  if (digits.startsWith('8')) return 'an';
  // 11 and 18 said as themselves, alone or before "thousand" or "million": "eleven", "eighteen thousand".
  return digits.length % 3 === 2 && /^1[18]/.test(digits) ? 'an' : 'a';
}
