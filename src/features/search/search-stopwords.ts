/**
 * Russian words that carry no meaning for finding a page: conjunctions, particles, prepositions, pronouns,
 * question words and the verbs of asking («делать» in «что делать»). A relaxed search (src/lib/search-relax.ts)
 * ranks pages by the other words of the query; these still take part in the phrase bonus (src/lib/search-rank.ts),
 * so «посылка не пришла» keeps favouring a page whose reader phrase says exactly that.
 *
 * «не», «ни» and «нет» are here although they can matter («не пришла» is not «пришла»): as a word on its own,
 * «не» is on nearly every page, so it cannot tell one page from another. The meaning it carries is kept by the
 * phrase bonus and by the words it stands next to: no page on this site answers «пришла» as opposed to «не
 * пришла». «тот», «то» are not here: «не тот товар», «пришло не то» is how shoppers name a wrong item, and the
pages about it say so in their reader phrases. Kept as one string so that editors read it as a list, not as code.
 */
const WORDS = `
а и но или да же ли бы вот ну так также тоже если чтобы чтоб что когда пока уже еще даже только просто вообще
опять снова не ни нет все вся весь всего совсем очень там тут здесь теперь потом сейчас это этот эта эти этого
один одна одно два две три четыре пять шесть семь восемь девять десять
этом этих такой такое такая такие около вокруг между среди кроме вместо ради
в во на с со к ко по о об от до из за у для при про без через под над после перед
я мне меня мной мой моя мое мои моих моего мою ты вы вам вас он она оно они его ее им их ему ей мы нам нас себя
свой свои свою своих который которая которые кто кого кому
как почему зачем где куда откуда сколько какой какая какие какую каком чем чего чему можно нужно надо
делать сделать быть был была было были есть будет будут могу может могут хочу значит ничего никак
`;

export const STOP_WORDS: ReadonlySet<string> = new Set(WORDS.split(/\s+/).filter(Boolean));

/** True for a word that says nothing about the problem (ё counts as е). */
export function isStopWord(word: string): boolean {
  return STOP_WORDS.has(word.replace(/ё/g, 'е'));
}
