import type en from '../en/method'

export default {
  title: 'El método',
  intro:
    'Esta aplicación sigue el Kit de herramientas para la evaluación del impacto de Internet de la Internet Society. Toma lo que hace funcionar a Internet como vara de medir para cualquier política, decisión empresarial o tendencia tecnológica, del mismo modo que se hace una evaluación de impacto ambiental antes de construir.',
  stepsHeading: 'Cuatro pasos',
  scaleHeading: 'Cómo se califican los impactos',
  scaleText:
    'Cada propiedad y cada habilitador reciben una calificación en una escala de siete niveles, de muy negativo (−3) a muy positivo (+3), con «sin impacto» en el centro. «Incierto» es una respuesta legítima cuando el efecto depende de cómo se implemente la propuesta; mantiene la conclusión como provisional hasta que se resuelva.',
  verdictHeading: 'Cómo se llega a la conclusión',
  verdictText:
    'Un daño a una propiedad crítica pesa más que un daño a un habilitador, porque las propiedades son lo que Internet necesita para existir. Las reglas se aplican en este orden:',
  questions: 'Preguntas orientadoras',
  threats: 'Amenazas habituales',
} satisfies typeof en
