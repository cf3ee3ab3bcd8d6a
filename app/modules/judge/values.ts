/**
 * JSON values against the harness's declared types. Linked lists are arrays of ints
 * ([1,2,3]); binary trees are level-order arrays with nulls ([1,null,2]).
 */

export function elementType(type: string): string | null {
  return type.endsWith("[]") ? type.slice(0, -2) : null;
}

/** Null when `value` fits `type`; otherwise a message saying what is wrong and where. */
export function checkValue(type: string, value: unknown, path = "value"): string | null {
  const inner = elementType(type);
  if (inner) {
    if (!Array.isArray(value)) return `${path} must be an array (${type})`;
    for (let i = 0; i < value.length; i++) {
      const problem = checkValue(inner, value[i], `${path}[${i}]`);
      if (problem) return problem;
    }
    return null;
  }
  switch (type) {
    case "int":
      return Number.isSafeInteger(value) ? null : `${path} must be an integer`;
    case "float":
      return typeof value === "number" && Number.isFinite(value) ? null : `${path} must be a number`;
    case "bool":
      return typeof value === "boolean" ? null : `${path} must be true or false`;
    case "string":
      return typeof value === "string" ? null : `${path} must be a string in double quotes`;
    case "ListNode":
      if (!Array.isArray(value)) return `${path} must be a list written as an array, e.g. [1,2,3]`;
      return value.every((v) => Number.isSafeInteger(v)) ? null : `${path} must contain only integers`;
    case "TreeNode":
      if (!Array.isArray(value)) return `${path} must be a tree in level order, e.g. [1,null,2]`;
      if (value.length > 0 && value[0] === null) return `${path} must start with the root's value`;
      return value.every((v) => v === null || Number.isSafeInteger(v)) ? null : `${path} must contain integers or null`;
    default:
      return `unknown type ${type}`;
  }
}

/** How a type reads in each language's docs, for the input form's hints. */
export function describeType(type: string): string {
  const inner = elementType(type);
  if (inner) return `array of ${describeType(inner)}`;
  return (
    {
      int: "integer",
      float: "number",
      bool: "boolean",
      string: "string",
      ListNode: "linked list",
      TreeNode: "binary tree",
    }[type] ?? type
  );
}
