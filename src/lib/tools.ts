/** The three tools, in the order their cards are listed; each lives at /tools/<id>/ and is named in ui tools.list. */
export const TOOL_IDS = ['triage', 'deadline', 'message'] as const;
export type ToolId = (typeof TOOL_IDS)[number];
