function longestValidParentheses(s: string): number {

};
