// The harness provides: class TreeNode { val: number; left: TreeNode | null; right: TreeNode | null }

function maxDepth(root: TreeNode | null): number {}
