declare namespace App {
  interface Locals {
    /** Reference ids the article being rendered cites, in number order; read by <Cite>. */
    citations?: string[];
  }
}
