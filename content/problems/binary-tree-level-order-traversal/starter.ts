// The harness provides: class TreeNode { val: number; left: TreeNode | null; right: TreeNode | null }

function levelOrder(root: TreeNode | null): number[][] {}
