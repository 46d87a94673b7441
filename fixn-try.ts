import { findPeople } from "./src/nlp/people/people.js";
const lines = [
 "Agents from the Federal Bureau of Investigation searched the house, officials said on Monday.",
 "The Securities and Exchange Commission fined the firm, a spokesman said.",
 "Ann Lee, a professor at the London School of Economics, said prices would rise.",
 "Bank of America cut its forecast, the lender said on Tuesday.",
 "Governor Jan Brewer signed the bill on Friday.",
 "May said: \"We will win this election.\"",
 "White House aide Hope Hicks left the room.",
 "The Bank of England raised rates between May and June, while Britain and France objected.",
 "The Secretary of State for Defence Geoff Hoon said the troops would stay.",
];
for (const l of lines) {
  const r = findPeople([{ index: 0, para: 1, text: l }]);
  console.log(l, "\n   ", r.entities.map((e) => `${e.kind}:${e.name}`).join(" | "));
}
