/** Bottleneck's light build (the one Octokit's throttling plugin loads) has the full build's types. */
declare module 'bottleneck/light.js' {
  import Bottleneck from 'bottleneck';
  export default Bottleneck;
}
