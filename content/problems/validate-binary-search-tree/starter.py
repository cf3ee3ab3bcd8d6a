# The harness provides: class TreeNode: val, left, right  (TreeNode(val, left, right))

def is_valid_bst(root: Optional[TreeNode]) -> bool:
    pass
