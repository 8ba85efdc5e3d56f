/**
 * What Discord's API accepts in one message (developer docs: Message Components, Embed Limits). Every
 * renderer in this adapter stays inside these; a message over any of them is rejected as a whole
 * (`50035 Invalid Form Body`), so a too-big diagnosis must shrink before it is sent, never after.
 */
export const discordLimits = {
  content: 2000,
  embedsPerMessage: 10,
  /** Titles, descriptions, field names and values, footers and author names of all embeds together. */
  embedsTotal: 6000,
  embedTitle: 256,
  embedDescription: 4096,
  fieldsPerEmbed: 25,
  fieldName: 256,
  fieldValue: 1024,
  actionRows: 5,
  buttonsPerRow: 5,
  /** A string select fills its row alone. */
  selectsPerRow: 1,
  customId: 100,
  buttonLabel: 80,
  selectOptions: 25,
  optionLabel: 100,
  optionValue: 100,
  optionDescription: 100,
  placeholder: 150,
  embedFooter: 2048,
  /** A modal (the paste form): its title, its rows, and a text input's label and length. */
  modalTitle: 45,
  modalComponents: 5,
  textInputLabel: 45,
  textInputLength: 4000,
  /** Slash command registration. */
  commandName: 32,
  commandDescription: 100,
  commandOptions: 25,
} as const;
