// Fictional patients only. NHS numbers are from the 999 test range with valid check digits;
// mobiles are from Ofcom's drama range (07700 900000–900999); landlines from 01632 960xxx.
export const PATIENTS = [
  {
    id: '1',
    name: 'SMITH, Jane (Mrs)',
    born: '14-Mar-1968',
    nhs: '999 787 7896',
    mobiles: ['07700 900123'],
    journal: [
      ['12-Nov-2026', 'Blood test: full blood count and HbA1c. Results to follow.'],
      ['03-Oct-2026', 'Hypertension review. BP 138/84. Continue amlodipine 5 mg.'],
      ['19-Aug-2026', 'Lab ref 1234567890 filed.'],
    ],
  },
  {
    id: '2',
    name: 'OKAFOR, David (Mr)',
    born: '02-Jul-1990',
    nhs: '999 174 2182',
    mobiles: ['+44 7700 900456'],
    journal: [['20-Nov-2026', 'Asthma review booked. Peak flow diary given.']],
  },
  {
    id: '3',
    name: 'NOWAK, Zofia (Ms)',
    born: '30-Jan-1955',
    nhs: '999 908 1002',
    mobiles: ['07700 900789', '07700 900321'],
    journal: [['18-Nov-2026', 'Second mobile is her daughter (carer).']],
  },
];

export const SURGERY_PHONE = '01632 961234';
