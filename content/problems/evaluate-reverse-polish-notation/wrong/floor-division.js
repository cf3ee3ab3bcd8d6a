// Rounds quotients down instead of toward zero: -7 / 2 gives -4 instead of -3.
var evalRPN = function (tokens) {
  const stack = [];
  for (const tok of tokens) {
    if (tok === "+" || tok === "-" || tok === "*" || tok === "/") {
      const b = stack.pop();
      const a = stack.pop();
      if (tok === "+") stack.push(a + b);
      else if (tok === "-") stack.push(a - b);
      else if (tok === "*") stack.push(a * b);
      else stack.push(Math.floor(a / b));
    } else {
      stack.push(Number(tok));
    }
  }
  return stack[0];
};
