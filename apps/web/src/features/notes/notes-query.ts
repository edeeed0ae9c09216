import { graphql } from '@web/graphql/generated';

export const OFFICE_NOTE_FIELDS = graphql(`
  fragment OfficeNoteFields on BulletinNote {
    id
    bulletinId
    body
    authorName
    writtenByYou
    createdAt
  }
`);

export const OFFICE_NOTES = graphql(`
  query OfficeNotes($bulletinId: ID!) {
    bulletinNotes(bulletinId: $bulletinId) {
      ...OfficeNoteFields
    }
  }
`);

export const ADD_OFFICE_NOTE = graphql(`
  mutation AddOfficeNote($input: AddBulletinNoteInput!) {
    addBulletinNote(input: $input) {
      ...OfficeNoteFields
    }
  }
`);

export const DELETE_OFFICE_NOTE = graphql(`
  mutation DeleteOfficeNote($id: ID!) {
    deleteBulletinNote(input: { id: $id })
  }
`);

/** The longest note the API takes. */
export const NOTE_MAX_LENGTH = 2000;
