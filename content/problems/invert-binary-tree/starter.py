# The harness provides: class TreeNode: val, left, right  (TreeNode(val, left, right))

def invert_tree(root: Optional[TreeNode]) -> Optional[TreeNode]:
    pass
