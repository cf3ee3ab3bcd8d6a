class Solution:
    def isSubtree(self, root: Optional[TreeNode], subRoot: Optional[TreeNode]) -> bool:
        def same(a, b):
            if not a or not b:
                return a is b
            return a.val == b.val and same(a.left, b.left) and same(a.right, b.right)

        stack = [root]
        while stack:
            node = stack.pop()
            if node:
                if same(node, subRoot):
                    return True
                stack.append(node.left)
                stack.append(node.right)
        return False
