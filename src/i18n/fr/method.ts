import type en from '../en/method'

export default {
  title: 'La méthode',
  intro:
    'Cette application suit la boîte à outils d’évaluation de l’impact sur Internet (Internet Impact Assessment Toolkit) de l’Internet Society. Elle prend ce qui fait fonctionner Internet comme étalon pour examiner toute politique publique, décision d’entreprise ou évolution technologique, un peu comme on réalise une étude d’impact environnemental avant de construire.',
  stepsHeading: 'Quatre étapes',
  scaleHeading: 'Comment les impacts sont évalués',
  scaleText:
    'Chaque propriété et chaque facteur favorable reçoit une note sur une échelle à sept niveaux, de très négatif (−3) à très positif (+3), avec « aucun impact » au milieu. « Incertain » est une réponse légitime lorsque l’effet dépend de la mise en œuvre de la proposition ; la conclusion reste alors provisoire jusqu’à ce que la question soit tranchée.',
  verdictHeading: 'Comment la conclusion est établie',
  verdictText:
    'Une atteinte à une propriété essentielle pèse plus lourd qu’une atteinte à un facteur favorable, car les propriétés sont ce dont Internet a besoin pour exister. Les règles s’appliquent dans l’ordre suivant :',
  questions: 'Questions directrices',
  threats: 'Menaces types',
} satisfies typeof en
