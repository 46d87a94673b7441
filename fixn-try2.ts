import { findPeople } from "./src/nlp/people/people.js";
const arts = [
 ["Jan Brewer signed the bill on Friday. Brewer said it was fair."],
 ["Hope Hicks left the room. Hicks declined to comment."],
 ["Theresa May spoke in Leeds.", "May said: \"We will win this election.\""],
 ["The vote was held in May. Sales rose in June and April Ryan reported it."],
 ["Prices rose between May and June, the bank said."],
];
for (const a of arts) {
  const r = findPeople(a.map((text, i) => ({ index: i, para: i + 1, text })));
  console.log(a.join(" / "), "\n   ", r.entities.map((e) => `${e.kind}:${e.name}`).join(" | "));
}
