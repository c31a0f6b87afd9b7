/** What the library says of an imported file's unknown fields; loaded only when a file has some. */
export default {
  keptFields:
    'The file has one field this version of the app does not know. It was kept, and files you save from this assessment will include it again: | The file has {n} fields this version of the app does not know. They were kept, and files you save from this assessment will include them again:',
  droppedFields:
    'One unknown field was not kept: it was too large or not safe to copy. | {n} unknown fields were not kept: they were too large or not safe to copy.',
}
