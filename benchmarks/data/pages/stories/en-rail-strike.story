lang: en
outlet: Metro Daily
author: Owen Price
date: 2022-06-21
template: divsoup
headline: Rail strike halts most trains for second day

Only one in five trains ran on Tuesday as rail workers held the second day of a national strike over pay and job cuts.

The union says its members have been offered a pay rise of 3 percent while inflation is running at 9.1 percent. The rail operators say the offer is worth more once overtime is counted.

Transport minister Claire Hodge said the strike would cost the economy £100 million a day. The figure comes from an industry body and has not been independently checked.

> “Nobody wants to strike, but our members have had a real-terms pay cut three years in a row,” said union general secretary Mick Dolan.

Further strike days are planned for Thursday and Saturday.
