/**
 * Words for synthetic documentation, most frequent first: common English
 * (stop-words included, as in real prose), then documentation vocabulary,
 * then made-up words for the long tail. Drawn with a Zipf-like law
 * (see synthetic-corpus.ts), the text has the skew that makes full-text search
 * hard: a few words in every chunk, most words in few.
 */
const COMMON = `the of and to a in is that for it as with be on not this are by or from at an but can you
your if will all which when use one has have more each other they their there so also only used
into new than then these some may how its time what must about any two first would should out
set up like way such make see get need just where most both many does well after before while
over same through between each because without under value change run call return first next`;

const DOCUMENTATION = `server client request response query data file page config option setting error message user
account session token key cache database table index column row schema migration version release
build test deploy install package module import export function method class type interface object
array string number boolean field property parameter argument default route handler middleware
router procedure endpoint api http header cookie status code log event stream queue job worker
task process thread memory disk network port host domain url path folder directory document chunk
search result rank score filter sort limit offset page cursor batch retry timeout backoff lock
transaction commit rollback replica shard partition backup restore snapshot secret password hash
encrypt decrypt certificate tls proxy gateway balancer container image cluster node pod volume
metric trace span alert dashboard plugin extension hook callback promise async await signal
context provider component render state effect store action reducer selector subscription
mutation validation schema input output format parse serialize encode decode compress upload
download sync relay device notebook note editor preview theme sidebar navigation heading anchor
link markdown template layout style script bundle chunking embedding vector model prompt answer
citation passage source reader profile consent background preference language framework runtime`;

const SYLLABLES = [
  "ka",
  "lo",
  "mi",
  "ren",
  "to",
  "vas",
  "qui",
  "bel",
  "dor",
  "fen",
  "gri",
  "hal",
  "jun",
  "pex",
  "sor",
  "tav",
  "ul",
  "wen",
  "xi",
  "zor",
];

export function vocabulary(size: number): string[] {
  const words = [...new Set(`${COMMON} ${DOCUMENTATION}`.split(/\s+/).filter((word) => word !== ""))];
  // The long tail: deterministic made-up words (product names, identifiers), three or four syllables.
  for (let index = 0; words.length < size; index++) {
    let word = "";
    let rest = index;
    for (let syllable = 0; syllable < 3 + (index % 2); syllable++) {
      word += SYLLABLES[rest % SYLLABLES.length];
      rest = Math.floor(rest / SYLLABLES.length) + syllable * 7 + 1;
    }
    if (!words.includes(word)) words.push(word);
  }
  return words.slice(0, size);
}
