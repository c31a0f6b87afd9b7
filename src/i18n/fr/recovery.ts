/** What the library says of saved data it could not use; loaded only when there is some. */
import type en from '../en/recovery'

export default {
  quarantine: {
    heading: 'Certaines données enregistrées sont illisibles',
    text: 'Un enregistrement n’a pas pu être lu ; il a été mis de côté plutôt que supprimé. Vous pouvez télécharger son contenu brut pour le récupérer, ou l’écarter. | {n} enregistrements n’ont pas pu être lus ; ils ont été mis de côté plutôt que supprimés. Vous pouvez télécharger leur contenu brut pour les récupérer, ou les écarter.',
    record: 'Enregistrement « {key} », mis de côté le {date}',
    download: 'Télécharger les données brutes',
    discard: 'Écarter',
    cause: {
      unreadable:
        'Pourquoi : ces données ne peuvent pas être lues comme une évaluation (endommagées, ou écrites par un autre programme).',
      newer:
        'Pourquoi : elles ont été enregistrées par une version plus récente de cette application. Mettez l’application à jour (rechargez la page), puis ouvrez le fichier téléchargé.',
      shape:
        'Pourquoi : c’est une évaluation, mais une partie de son contenu manque ou n’est pas valide.',
      migrated:
        'Pourquoi : c’est l’original d’une évaluation mise à jour vers la version actuelle ; l’évaluation mise à jour figure dans votre liste.',
      replaced:
        'Pourquoi : c’est le contenu antérieur d’une évaluation, conservé lorsqu’un enregistrement l’a remplacé.',
    },
  },
  skipped: {
    newer:
      'Une évaluation enregistrée a été créée avec une version plus récente de cette application ; elle reste intacte. Mettez l’application à jour (rechargez la page) pour l’ouvrir. | {n} évaluations enregistrées ont été créées avec une version plus récente de cette application ; elles restent intactes. Mettez l’application à jour (rechargez la page) pour les ouvrir.',
    notMoved:
      'Certaines données enregistrées sont illisibles et il n’y avait pas assez de place pour les mettre de côté. Elles restent en l’état ; libérez de l’espace de stockage, puis rechargez la page.',
  },
} satisfies typeof en
