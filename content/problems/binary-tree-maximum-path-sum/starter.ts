// The harness provides: class TreeNode { val: number; left: TreeNode | null; right: TreeNode | null }

function maxPathSum(root: TreeNode | null): number {}
