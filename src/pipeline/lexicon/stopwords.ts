// Function words left out when two wordings are compared for what they say:
// "he did not see possible collaboration" and "he did not see the conditions
// for collaboration" share their content words, not just their grammar.
// Negations stay in: "not" changes what a statement means.

export const STOPWORDS = new Set(`
a about above after again against all also am an and any are as at be because been before being below
between both but by can could did do does doing down during each few for from further had has have
having he her here hers herself him himself his how i if in into is it its itself just me more most my
myself now of off on once only or other our ours ourselves out over own same she should so some such
than that the their theirs them themselves then there these they this those through to too under until
up very was we were what when where which while who whom why will with would you your yours yourself
yourselves said says say told tell according added mr mrs ms dr gen
theres its hes shes theyre were im thats whos
`.trim().split(/\s+/));
