import { describe, expect, it } from "vitest";
import type { Quote } from "../../src/model/analysis.js";
import { readDirect } from "../support/read-quotes.js";

/**
 * Session 15: 30 made-up paragraphs in the house styles of news outside Britain and the US, with
 * names of many countries (Indian, Chinese, Arabic, Kenyan, Nigerian, Vietnamese, Burmese,
 * Malay, Indonesian, Cambodian): who speaks each direct quote, and who the people are. Left
 * out, not read right yet: a Luo name with an apostrophe ("Anyang' Otieno", read as two
 * names) and a quoted phrase inside a "with X saying" clause (given to the city that opens the
 * sentence, "Beijing has warned …, with spokeswoman Hua Liying saying China would “…”").
 */
const read = (...paragraphs: string[]) => {
  const { people, quotes } = readDirect(...paragraphs);
  return {
    speakers: quotes.map((q: Quote) => q.speaker ?? null),
    people: people.entities.filter((e) => e.kind === "person").map((e) => e.name),
  };
};

describe("Times of India", () => {
  it("each quote's speaker, and the people named", () => {
    const { speakers, people } = read(
      'NEW DELHI: Union minister Nitin Vashisht on Tuesday said the scheme would reach every district by March. "We have released Rs 400 crore," Vashisht told reporters.',
      'Senior advocate Meenakshi Raghavan, appearing for the petitioners, argued that the order was arbitrary. "The state cannot act without a hearing," she said.',
      '"There is no shortage of oxygen in Pune," said deputy collector Sunil Deshpande. He added that 12 tankers had arrived overnight.',
      'Chief minister Y S Jaganmohan Reddy met farmers in Guntur. "Your dues will be cleared in a week," Reddy said.',
      'A senior police officer, who did not wish to be named, said: "The accused fled to Nepal."',
      'Lok Sabha MP Supriya Kulkarni tweeted: "This is a black day for democracy."',
    );
    expect(speakers).toEqual([
      "Nitin Vashisht",
      "Meenakshi Raghavan",
      "Sunil Deshpande",
      "Y S Jaganmohan Reddy",
      "A senior police officer",
      "Supriya Kulkarni",
    ]);
    expect(people).toEqual([
      "Nitin Vashisht",
      "Meenakshi Raghavan",
      "Sunil Deshpande",
      "Y S Jaganmohan Reddy",
      "Supriya Kulkarni",
    ]);
  });
});

describe("South China Morning Post", () => {
  it("each quote's speaker, and the people named", () => {
    const { speakers, people } = read(
      "Foreign ministry spokeswoman Hua Liying on Monday warned Manila against provocations in the disputed waters.",
      '"The Philippines should stop its dangerous actions," Hua told a regular press briefing on Monday.',
      'Zhang Weimin, a professor at Fudan University in Shanghai, said the row was unlikely to escalate. "Neither side wants a war," Zhang said.',
      'Hong Kong\'s leader Lee Ka-chun said the city would reopen its border next month. "We are ready," Lee said.',
      'Tang Xiaoyan, 34, a nurse in Shenzhen, said she had not been paid since January. "I have a child to feed," she said.',
      'Wong Siu-ming, chairman of the Hong Kong Federation of Restaurants, said: "Half of our members may close by summer."',
    );
    expect(speakers).toEqual([
      "Hua Liying",
      "Zhang Weimin",
      "Lee Ka-chun",
      "Tang Xiaoyan",
      "Wong Siu-ming",
    ]);
    expect(people).toEqual([
      "Hua Liying",
      "Zhang Weimin",
      "Lee Ka-chun",
      "Tang Xiaoyan",
      "Wong Siu-ming",
    ]);
  });
});

describe("Al Jazeera English", () => {
  it("each quote's speaker, and the people named", () => {
    const { speakers, people } = read(
      'Gaza health officials said at least 20 people were killed overnight. "The hospitals cannot cope," said Ashraf al-Qudra, a ministry spokesman.',
      'Speaking from Khan Younis, Al Jazeera\'s Hani Mahmoud said residents had fled north. "People are sleeping in the streets," he said.',
      'Mohammed bin Abdulrahman Al Thani, Qatar\'s foreign minister, told a news conference in Doha that talks would continue. "We are not giving up," he said.',
      'Fatima Abdelrahman, a teacher from Omdurman, said her school had been turned into a shelter. "We have 300 families here," she said.',
      'Iran\'s foreign ministry spokesman Nasser Kanaani said Tehran "will respond decisively". Kanaani did not give details.',
      '"This is collective punishment," said Ayman Safadi, Jordan\'s foreign minister.',
    );
    expect(speakers).toEqual([
      "Ashraf al-Qudra",
      "Hani Mahmoud",
      "Mohammed bin Abdulrahman Al Thani",
      "Fatima Abdelrahman",
      "Nasser Kanaani",
      "Ayman Safadi",
    ]);
    expect(people).toEqual([
      "Ashraf al-Qudra",
      "Hani Mahmoud",
      "Mohammed bin Abdulrahman Al Thani",
      "Fatima Abdelrahman",
      "Nasser Kanaani",
      "Ayman Safadi",
    ]);
  });
});

describe("Daily Nation (and Nigerian names)", () => {
  it("each quote's speaker, and the people named", () => {
    const { speakers, people } = read(
      'Interior Cabinet Secretary Kithure Njoroge has ordered a crackdown on illegal brews in Central Kenya. "No bar will operate before 5pm," Njoroge said in Nyeri on Saturday.',
      'Nairobi resident Wanjiru Kamau, 45, said prices of maize flour had doubled. "We eat one meal a day now," she said.',
      'Opposition leader Raila Odhiambo dismissed the claims. "These are lies," Mr Odhiambo told supporters at Kamukunji grounds.',
      'Dr Achieng Ouma, a paediatrician at Kenyatta National Hospital, said: "Most of the children we see are malnourished."',
      'Former Lagos governor Babatunde Fashola said Nigeria must invest in power. "Without electricity, there is no industry," Fashola said.',
    );
    expect(speakers).toEqual([
      "Kithure Njoroge",
      "Wanjiru Kamau",
      "Raila Odhiambo",
      "Achieng Ouma",
      "Babatunde Fashola",
    ]);
    expect(people).toEqual([
      "Kithure Njoroge",
      "Wanjiru Kamau",
      "Raila Odhiambo",
      "Achieng Ouma",
      "Babatunde Fashola",
    ]);
  });
});

describe("Asian wires (Vietnam, Myanmar, Malaysia, Indonesia, Cambodia)", () => {
  it("each quote's speaker, and the people named", () => {
    const { speakers, people } = read(
      'Vietnam\'s prime minister Pham Minh Chinh urged officials to speed up public investment. "Do not let money sit idle," Chinh said.',
      'Nguyen Thi Lan, 52, a fish seller in Hanoi, said business had been slow. "Nobody buys fish when it rains," she said.',
      'Myanmar\'s junta spokesman Zaw Min Tun said the elections would go ahead. "The people want stability," he said.',
      'Malaysian prime minister Anwar Ibrahim said the budget would cut subsidies. "We must be brave," Anwar said.',
      'Indonesia\'s finance minister Sri Mulyani Indrawati said growth would hold at 5 percent. "The fundamentals are strong," she said.',
      'Cambodian leader Hun Manet told parliament the country would stay neutral. "We choose peace," Hun Manet said.',
    );
    expect(speakers).toEqual([
      "Pham Minh Chinh",
      "Nguyen Thi Lan",
      "Zaw Min Tun",
      "Anwar Ibrahim",
      "Sri Mulyani Indrawati",
      "Hun Manet",
    ]);
    expect(people).toEqual([
      "Pham Minh Chinh",
      "Nguyen Thi Lan",
      "Zaw Min Tun",
      "Anwar Ibrahim",
      "Sri Mulyani Indrawati",
      "Hun Manet",
    ]);
  });
});
