# Recomputes both heights at every node: O(n^2) on a long chain.
class Solution:
    def diameterOfBinaryTree(self, root):
        def height(node):
            return 1 + max(height(node.left), height(node.right)) if node else 0
        def best(node):
            if not node:
                return 0
            return max(height(node.left) + height(node.right), best(node.left), best(node.right))
        return best(root)
