lang: en
outlet: Bay Business Review
author: Kevin Liu
date: 2023-01-24
template: itemprop
headline: Software maker to cut 1,800 jobs after sales slow

Cloudbridge, the business software company, said on Tuesday that it would cut about 1,800 jobs, or 11 percent of its workforce, after its sales grew more slowly than expected.

The company reported revenue of $2.1 billion for the last quarter, up 6 percent on a year earlier. Two years ago its revenue was growing by more than 30 percent a year.

Chief executive Maria Santos said the company had hired too quickly during the pandemic, when demand for remote working tools surged.

> “We grew our teams faster than our business, and I take responsibility for that,” Santos wrote in a message to staff.

Staff who lose their jobs will receive at least 16 weeks of pay, the company said. Its shares rose 4 percent in early trading after the announcement.
