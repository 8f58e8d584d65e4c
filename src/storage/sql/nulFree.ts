import { OperationNodeTransformer, type KyselyPlugin, type PluginTransformQueryArgs, type PluginTransformResultArgs, type PrimitiveValueListNode, type QueryResult, type RootOperationNode, type UnknownRow, type ValueNode } from 'kysely';

/** What a NUL becomes: the replacement character, so the text still shows that something was there. */
const replacement = '\uFFFD';

const withoutNul = (value: unknown): unknown => (typeof value === 'string' && value.includes('\0') ? value.replaceAll('\0', replacement) : value);

/** Every string parameter of a query, NUL-free. */
class NulFreeValues extends OperationNodeTransformer {
  protected override transformValue(node: ValueNode): ValueNode {
    const value = withoutNul(node.value);
    return value === node.value ? super.transformValue(node) : { ...node, value };
  }

  protected override transformPrimitiveValueList(node: PrimitiveValueListNode): PrimitiveValueListNode {
    return node.values.some((value) => typeof value === 'string' && value.includes('\0')) ? { ...node, values: node.values.map(withoutNul) } : super.transformPrimitiveValueList(node);
  }
}

/**
 * PostgreSQL's `text` cannot hold U+0000 ("invalid byte sequence for encoding UTF8: 0x00"), while
 * JSON, Web Chat and SQLite carry it: one resident message with a NUL in it made every later
 * handoff of that conversation fail on PostgreSQL, a safeguarding handoff included, and a NUL in
 * an id gave a 500. Every string a store writes or looks up goes through here on PostgreSQL, so no
 * store need remember; the NUL becomes U+FFFD.
 */
export class NulFreeStrings implements KyselyPlugin {
  private readonly transformer = new NulFreeValues();

  transformQuery({ node }: PluginTransformQueryArgs): RootOperationNode {
    return this.transformer.transformNode(node);
  }

  async transformResult({ result }: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    return result;
  }
}
