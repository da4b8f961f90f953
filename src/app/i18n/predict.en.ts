/** Predict, then look, in English. */
const pct = (a: number) => a.toFixed(2);

export const predictEn = {
  button: 'Predict',
  buttonHint: 'Predict, then look: guess where the model will look, row by row (G)',
  title: 'Predict, then look',
  writing: (row: number, total: number) => `Row ${row} of ${total}. The model is writing the word in bold:`,
  where: 'Where will it look?',
  reveal: 'Reveal',
  next: 'Next row',
  hit: (guess: string, weight: number) => `Hit: “${guess}” held ${pct(weight)} of the weight, the most in this row.`,
  near: (guess: string, weight: number, top: string, max: number) =>
    `Near: “${guess}” held ${pct(weight)}; the most went to ${top} (${pct(max)}).`,
  miss: (guess: string, weight: number, top: string, max: number) =>
    `Miss: “${guess}” held only ${pct(weight)}; the weight went to ${top} (${pct(max)}).`,
  noGuess: (top: string, max: number) => `No guess this time: the weight went to ${top} (${pct(max)}).`,
  and: ' and ',
  summary: (hits: number, guessed: number) => `${hits} of ${guessed} rows where the model looked where you thought.`,
  surprises: 'The surprises',
  surprise: (token: string, top: string) => `${token}: it looked at ${top}`,
  reasons: {
    'function-word': 'a function word with no source word of its own',
    'two-words': 'it translates two source words at once',
    reordered: 'reordered: it moved ahead of words that came before it in the source',
  },
  noSurprises: 'No surprises: every guess held the most weight.',
  tryAnother: 'Try another',
  distracted:
    'Nothing to guess here: the distracted model has no α. It squeezes the whole sentence into one C and uses that same C for every output word, so every row would look the same.',
  waiting: 'The translation is on its way…',
} as const;
