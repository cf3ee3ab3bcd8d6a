// The harness provides: class TreeNode { val: number; left: TreeNode | null; right: TreeNode | null }

function invertTree(root: TreeNode | null): TreeNode | null {}
