// Korean particles depend on the sound they follow: "서버는" but "캐시는"... and "로드밸런서가"
// but "데이터베이스가"; "웹 계층은", "DB는". A template cannot know a label's last sound, so it
// writes both forms, "{lb}이(가)", and this picks one when the text before it ends in Hangul or a
// digit, whose final consonant (batchim) is known. After Latin letters, whose Korean reading
// varies ("Redis" 레디스, "ALB" 에이엘비), both forms stay, as Korean software writes them.

/** Both-forms markers, and the form after a final consonant / after none. */
const PARTICLES: Record<string, { batchim: string; open: string }> = {
  "은(는)": { batchim: "은", open: "는" },
  "이(가)": { batchim: "이", open: "가" },
  "을(를)": { batchim: "을", open: "를" },
  "과(와)": { batchim: "과", open: "와" },
  "(으)로": { batchim: "으로", open: "로" },
};

const MARKER = /(\(으\)로|은\(는\)|이\(가\)|을\(를\)|과\(와\))/g;
/** Closing quotes and brackets are skipped: the particle follows the word inside them. */
const CLOSERS = new Set(['"', "”", "'", "’", ")", "]", "」", "』"]);
/** How digits are read: 영 일 이 삼 사 오 육 칠 팔 구; the final consonant of each (0 for none). */
const DIGIT_FINAL = [16, 8, 0, 16, 0, 0, 1, 8, 8, 0];
/** Hangul final-consonant index of ㄹ: before it, 로 and not 으로. */
const RIEUL = 8;

/** The final consonant index (0 = none) of the sound before `index`, or null when unknown. */
function finalConsonant(text: string, index: number): number | null {
  let i = index - 1;
  while (i >= 0 && CLOSERS.has(text[i]!)) i--;
  if (i < 0) return null;
  const code = text.charCodeAt(i);
  if (code >= 0xac00 && code <= 0xd7a3) return (code - 0xac00) % 28;
  if (code >= 48 && code <= 57) return DIGIT_FINAL[code - 48]!;
  return null;
}

/** Picks each both-forms particle in `text` where the sound before it is known. */
export function attachParticles(text: string): string {
  return text.replace(MARKER, (marker: string, _group: string, offset: number) => {
    const final = finalConsonant(text, offset);
    if (final === null) return marker;
    const forms = PARTICLES[marker]!;
    if (marker === "(으)로") return final === 0 || final === RIEUL ? forms.open : forms.batchim;
    return final === 0 ? forms.open : forms.batchim;
  });
}
