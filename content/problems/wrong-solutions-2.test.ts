import { describeWrongSolutions } from "./wrong-solutions.cases";

describeWrongSolutions(1);
