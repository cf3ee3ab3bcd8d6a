# Counts the nodes on the longest path instead of its edges.
class Solution:
    def diameterOfBinaryTree(self, root):
        best = 0
        def height(node):
            nonlocal best
            if not node:
                return 0
            l, r = height(node.left), height(node.right)
            best = max(best, l + r + 1)
            return 1 + max(l, r)
        height(root)
        return best
