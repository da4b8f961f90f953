/** The guided reading's English: our own words, following the article's five steps (only its formulas are quoted). */
export const readEn = {
  button: 'Read',
  buttonHint: 'Guided reading: the article’s story in five steps (R)',
  leave: 'Leave the guided reading',
  nav: 'Guided reading',
  progress: (i: number, n: number) => `${i} / ${n}`,
  progressLabel: (i: number, n: number) => `Section ${i} of ${n}`,
  next: 'Next',
  back: 'Back',
  nextLabel: 'Next section',
  backLabel: 'Previous section',
  keysHint: '← → or Page Up / Page Down move between sections.',
  tryIt: 'Try it',
  widget: 'Live from the running model',
  waiting: 'The model is still translating…',
  sections: {
    selective: {
      title: 'Looking at what matters',
      body: [
        'On a busy street you do not take in everything at once: your eyes settle on the few spots that answer what you are looking for, and the rest blurs. Attention in a neural network borrows that idea.',
        'A translator first has to read. Its encoder walks through the source sentence x₁…xₘ and leaves behind one state hⱼ per word: a column of numbers describing that word in this sentence. Everything the translation needs is in these states. The rest of the story is about which of them the decoder looks at, and when.',
      ],
      widget: 'Each source word with its encoder state hⱼ, from the running model (blue above zero, red below).',
      tryIt: 'Type a sentence of your own: every word gets its own hⱼ.',
    },
    encoderDecoder: {
      title: 'Encoder and decoder',
      body: [
        'The classic translator is two networks. The encoder squeezes the sentence into one summary C; the decoder then writes the translation word by word, each new word from C and the words it has already written:',
        'Below, the model without attention writes its translation. At every step it scores each word it knows and takes the most likely one; the strip is the C it is working from.',
      ],
      widget: 'The plain encoder–decoder at work: its translation so far, the C it writes from, and its best candidates for the next word.',
      tryIt: 'Step through the decoding: the candidates change at every step, C never does.',
    },
    distracted: {
      title: 'One C for every word: the distracted model',
      body: [
        'If the decoder only ever sees one C, it sees the same thing while writing the first word as while writing the last: no source word ever counts for more than another. The article calls this a distracted model.',
        'A short sentence fits in one vector well enough. A long one must squeeze every name, time and place into the same few hundred numbers, and details get lost: names swap, words repeat, phrases go missing. Every row of the picture is the same C: that is the problem, drawn.',
      ],
      widget: 'The model without attention on a short sentence and on this one, marked against the grammar’s reference.',
      short: 'A short sentence',
      this: 'This sentence',
      tryIt: 'Edit the long sentence, or shorten it, and watch the marks.',
    },
    softAttention: {
      title: 'Soft attention: each word looks where it needs',
      body: [
        'Attention gives the decoder a different view of the source for every word it writes. Writing 杰瑞 (Jerry), it should look mostly at “Jerry”.',
        'The article illustrates this with weights it made up for “Tom chase Jerry”: 0.3, 0.2 and 0.5. Below are the weights our trained model really uses for the row 杰瑞, next to the illustration.',
      ],
      widget: 'The attention model’s α for this sentence: one row per output word, one column per source word.',
      compareCaption: 'The row 杰瑞: the article’s illustration and this model',
      word: 'Source word',
      article: 'Article (made up)',
      model: 'This model (live)',
      noRow: 'The model did not write 杰瑞 for this sentence, so there is no row to compare.',
      sharper: (w: string, a: string) =>
        `This model is sharper than the illustration: ${a} of the weight sits on “${w}”. A trained model commits; the soft 0.3 / 0.2 / 0.5 is closer to a model early in training, before it has learned where to look.`,
      softer: (w: string, a: string) =>
        `This model spreads its weight more than you might expect: its largest weight, ${a}, sits on “${w}”.`,
      guided: 'This model was trained with a small extra nudge towards the grammar’s word links (guided alignment), which sharpens α too.',
      tryIt: 'Switch to the distracted model: it has no α at all, only one C for every row.',
    },
    context: {
      title: 'The context, built from the numbers',
      body: [
        'Each output word i gets its own context Cᵢ: the encoder states, weighted by the α of its row and added up.',
        'The weights come from comparing the decoder’s previous state sᵢ₋₁ with every hⱼ; a softmax makes them positive and sum to 1. Below is one step of the real translation: the weighted strips add up to Cᵢ, and from Cᵢ the decoder picks the next word.',
      ],
      widget: 'One decoding step with its real α, hⱼ and Cᵢ.',
      tryIt: 'Step to another output word: its α, and so its Cᵢ, change.',
    },
  },
};
