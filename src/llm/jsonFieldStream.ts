const escapes: Record<string, string> = { n: '\n', t: '\t', r: '\r', b: '\b', f: '\f' };

/** The decoded characters of a JSON string starting at `from`, up to its closing quote or the end of what has arrived. */
function decodePartialString(json: string, from: number): string {
  let text = '';
  for (let index = from; index < json.length; index += 1) {
    const character = json[index]!;
    if (character === '"') break;
    if (character !== '\\') {
      text += character;
      continue;
    }
    const escaped = json[index + 1];
    if (escaped === undefined) break;
    if (escaped === 'u') {
      const hex = json.slice(index + 2, index + 6);
      if (hex.length < 4) break;
      text += String.fromCharCode(parseInt(hex, 16));
      index += 5;
    } else {
      text += escapes[escaped] ?? escaped;
      index += 1;
    }
  }
  return text;
}

/**
 * Turns the tokens of a streamed JSON object into the text of one of its string fields as it
 * arrives, so a resident watching a streamed answer sees words rather than JSON.
 */
export function jsonFieldStream(field: string, emit: (text: string) => void): (token: string) => void {
  const opening = new RegExp(`"${field}"\\s*:\\s*"`);
  let json = '';
  let emitted = 0;
  return (token) => {
    json += token;
    const start = opening.exec(json);
    if (!start) return;
    const text = decodePartialString(json, start.index + start[0].length);
    if (text.length > emitted) {
      emit(text.slice(emitted));
      emitted = text.length;
    }
  };
}
