/**
 * A note on the edition in brackets (`（中英对照）`, `（文字实录）`, `（全文）`, `（只有中文）`, `（根据录音整理）`,
 * `（有删节）`, `（根据会议记录整理，未经本人审阅）`): it says what the document is, not what it is about, so it is no
 * subtitle or lede (source/front.ts) and no part of a running head (render/pdf/furniture.ts).
 */
export const EDITION_NOTE =
  /[（(](?:中英对照|中英對照|中英双语|中英雙語|双语|雙語|全文|文字实录|文字實錄|实录|實錄|图文|圖文|附视频|附視頻|附全文|节选|節選|摘编|摘編|只有中文|只有英文|仅中文|僅中文|仅英文|僅英文|中文版|英文版|中文|英文|附英文|附中文|视频|視頻|直播|更新|[根依]?[据據][^（）()]{0,8}整理|有删节|有刪節|[^（）()]{0,12}未经[^（）()]{0,8}审阅|[^（）()]{0,12}未經[^（）()]{0,8}審閱)[)）]$/u;

/** Whether a whole line is an edition note (`（中英对照）`). */
export const isEditionNote = (line: string): boolean => EDITION_NOTE.exec(line.trim())?.index === 0;
